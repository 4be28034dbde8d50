/** The file types "Import data" offers, kept apart from the file checks so the page's file input loads nothing else. */
export const ACCEPTED = ".json,.csv,.gexf,.zip,.tsv,.txt";
