import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token } from "./types";

// wink-nlp: sentence boundaries and part-of-speech tags, offline, ~50 ms for 1,000 words.
// Built once (about 200 ms) and only when an article is first read.
let engine: ReturnType<typeof winkNLP> | undefined;
function nlp(): ReturnType<typeof winkNLP> {
  return (engine ??= winkNLP(model, ["sbd", "pos"]));
}

/**
 * The article's sentences, verbatim, with offsets and tagged tokens. A line break always ends a
 * sentence: headlines and headings carry no full stop.
 */
export function splitSentences(text: string): Sentence[] {
  const w = nlp();
  const doc = w.readDoc(text);
  const sentences: Sentence[] = [];
  let cursor = 0;
  doc.sentences().each((s: ItemSentence) => {
    const values = s.tokens().out() as string[];
    const tags = s.tokens().out(w.its.pos) as string[];
    let tokens: Token[] = [];
    const flush = () => {
      if (tokens.length) push(sentences, text, tokens);
      tokens = [];
    };
    values.forEach((value, i) => {
      if (!value.trim()) {
        if (value.includes("\n")) flush();
        return;
      }
      const at = text.indexOf(value, cursor);
      if (at < 0) return; // wink normalised the token; skip it rather than misplace it
      if (tokens.length && /\n/.test(text.slice(cursor, at))) flush();
      tokens.push({ text: value, start: at, end: at + value.length, pos: tags[i] });
      cursor = at + value.length;
    });
    flush();
  });
  return sentences;
}

function push(sentences: Sentence[], text: string, tokens: Token[]): void {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  sentences.push({ text: text.slice(start, end), start, end, index: sentences.length, tokens });
}
