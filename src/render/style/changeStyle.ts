import type { ChangeMark } from "../../model/time/timeModes";

/** Compare mode colours: apart from the classes' greens and reds, which they replace on edges. */
export const CHANGE_COLORS: Record<ChangeMark, string> = {
  began: "#1f6fd1",
  ended: "#e07b00",
  held: "#9aa0a8",
  between: "#9c4dcc",
};

export const CHANGE_LABELS: Record<ChangeMark, string> = {
  began: "Began",
  ended: "Ended",
  held: "Held throughout",
  between: "Came and went",
};

/** What each mark means, for tooltips and the README. */
export const CHANGE_DESCRIPTIONS: Record<ChangeMark, string> = {
  began: "not yet on the first day, still on the second",
  ended: "on the first day, over by the second",
  held: "holds on both days",
  between: "began and ended between the two days (events in between, brief states)",
};

/** Edge width factor per mark: what changed stands out, what held recedes. */
export const CHANGE_SIZES: Record<ChangeMark, number> = { began: 1.6, ended: 1.6, held: 0.8, between: 1.2 };
