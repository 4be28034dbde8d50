import { truncate } from "../../model/dataset/describe";
import { legible } from "./colour";
import type { EntityType, RelationClass } from "../../model/dataset/schema";

/** Colours per entity type: distinct hues that stay apart from the edge classes' greens and reds. */
export const ENTITY_COLORS: Record<EntityType, string> = {
  country: "#2f6db5",
  organization: "#7b4fb0",
  alliance: "#e08a00",
  "military-force": "#8a5a2b",
  "armed-group": "#222222",
  person: "#c2418f",
};

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  country: "Country",
  organization: "Organisation",
  alliance: "Alliance",
  "military-force": "Military force",
  "armed-group": "Armed group",
  person: "Person",
};

/** Cooperation green, conflict red, structural neutral; verbal lighter than material. */
export const CLASS_COLORS: Record<RelationClass, string> = {
  "verbal-cooperation": "#86c98a",
  "material-cooperation": "#1f8a3b",
  "verbal-conflict": "#f08c7e",
  "material-conflict": "#c81e1e",
  structural: "#8d939c",
};

export const CLASS_LABELS: Record<RelationClass, string> = {
  "verbal-cooperation": "Verbal cooperation",
  "material-cooperation": "Material cooperation",
  "verbal-conflict": "Verbal conflict",
  "material-conflict": "Material conflict",
  structural: "Structural",
};

/** The colour, or a blend of it toward `toward` just strong enough to stand out (contrast ≥ 2) on `background`. */
export function legibleOn(color: string, background: string, toward: string): string {
  return legible(color, background, toward, 2, 0.1);
}

/** Backgrounds of exported images. */
export type PngBackground = "light" | "dark" | "transparent";

/** Transparent images keep dark text: they are meant for light pages. */
export const PNG_THEMES: Record<PngBackground, { background: string; foreground: string }> = {
  light: { background: "#ffffff", foreground: "#1b1f24" },
  dark: { background: "#16191e", foreground: "#eef0f3" },
  transparent: { background: "transparent", foreground: "#1b1f24" },
};

/** The palette is made for light backgrounds; on a dark one, colours too dark to see are lightened. */
export function needsLegibleColours(theme: { background: string }): boolean {
  return theme === PNG_THEMES.dark;
}

/** Map layout: land and borders, quiet enough to stay behind the graph. CSS variables --map-land and --map-border override them. */
export const MAP_COLORS = { land: "#ebe8e1", border: "#b9b3a6" };

/**
 * Land in exported images: light land under dark labels, dark land under the light labels of a dark image (light
 * land there made white labels vanish). Transparent images keep dark text, so they keep the light land.
 */
export const MAP_THEMES: Record<PngBackground, { land: string; border: string }> = {
  light: MAP_COLORS,
  dark: { land: "#2c323b", border: "#4f5865" },
  transparent: MAP_COLORS,
};

/** Node radius in pixels from the number of relations touching the entity (in view, when the reducer sizes it). */
export function nodeSize(degree: number): number {
  return Math.min(6 + 2 * Math.sqrt(degree), 30);
}

/** Longest label drawn on the graph (and in exported images); panels and tables show the whole text. */
export const DRAWN_LABEL_LENGTH = 48;

/**
 * A label as drawn: cut near a word boundary with an ellipsis, so one long name can neither push the
 * framing out (the camera makes room for every label) nor cover the graph.
 */
export function drawnLabel(text: string): string {
  return text.length <= DRAWN_LABEL_LENGTH ? text : truncate(text, DRAWN_LABEL_LENGTH);
}
