import { RELATION_CLASSES, type RelationType } from "../../model/dataset/schema";

/** A class id in words ("material conflict"). */
export const classWords = (id: string) => id.replace(/-/g, " ");

/** "Valid relation types": the vocabulary a CSV's type column may use (by id or by label), by class. */
export function RelationTypeList({ types }: { types: RelationType[] }) {
  return (
    <details className="type-list">
      <summary>Valid relation types ({types.length})</summary>
      <p>Write a type as its label or its id; case and spacing do not matter.</p>
      <table aria-label="Valid relation types">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Id</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        {RELATION_CLASSES.map((c) => (
          <tbody key={c}>
            <tr>
              <th scope="rowgroup" colSpan={3}>
                {classWords(c)}
              </th>
            </tr>
            {types
              .filter((t) => t.class === c)
              .map((t) => (
                <tr key={t.id}>
                  <td>{t.label}</td>
                  <td>
                    <code>{t.id}</code>
                  </td>
                  <td>{t.kind === "event" ? "event (date)" : "state (start, end)"}</td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </details>
  );
}
