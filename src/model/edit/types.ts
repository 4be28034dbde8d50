import type { Dataset } from "../dataset/schema";

/** The dataset's record lists an edit can change. */
export type Collection = "entities" | "relations" | "sources" | "relationTypes";

export type RecordIn<C extends Collection> = Dataset[C][number];
export type AnyRecord = RecordIn<Collection>;

/**
 * One record's change: added (no `before`), deleted (no `after`) or updated (both). Records are kept
 * whole, so undoing is putting `before` back.
 */
export interface Op {
  collection: Collection;
  id: string;
  before?: AnyRecord;
  after?: AnyRecord;
}

/** One user action (a deletion may take the relations it leaves dangling with it), and when it was made. */
export interface Change {
  ops: Op[];
  /** ISO time. */
  at: string;
}

/** What happened to one record, for its change history. */
export interface RecordEvent {
  collection: Collection;
  id: string;
  at: string;
  action: "added" | "changed" | "deleted";
  /** Fields whose value changed (updates only). */
  fields?: string[];
  /** Set when the event came from undoing or redoing an earlier change. */
  via?: "undo" | "redo";
}

/** Undo and redo stacks, and every record event so far (oldest first). */
export interface History {
  past: Change[];
  future: Change[];
  log: RecordEvent[];
}

export const EMPTY_HISTORY: History = { past: [], future: [], log: [] };

/** Names of each collection's file in validation problems, and of one record in messages. */
export const COLLECTION_FILES: Record<Collection, string> = {
  entities: "entities.json",
  relations: "relations.json",
  sources: "sources.json",
  relationTypes: "relation-types.json",
};

export const RECORD_NAMES: Record<Collection, string> = {
  entities: "entity",
  relations: "relation",
  sources: "source",
  relationTypes: "relation type",
};
