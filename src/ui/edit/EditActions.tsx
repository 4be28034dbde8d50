import { useEdit } from "./EditContext";

/** The edit bar of an editable dataset (never of a shipped one): the editor provides it, so it loads with the editor. */
export function EditActions() {
  const edit = useEdit();
  return edit ? <edit.Bar /> : null;
}
