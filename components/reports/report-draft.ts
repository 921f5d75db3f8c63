// The form's unsaved content, kept in the browser as the person types, so a timed-out session or a
// closed tab loses nothing. Keyed by user, point and month: another person on the same office
// computer never sees it; 退出 clears the person's own (lib code never reads these).
export type DraftFields = Record<string, string>;

const PREFIX = "report-draft:";

export const draftKeyOf = (userId: number, pointId: number, period: string) =>
  `${PREFIX}${userId}:${pointId}:${period}`;

/** The form's named fields as they stand (a checkbox or radio left unticked is absent). */
export function fieldsOf(form: HTMLFormElement): DraftFields {
  const fields: DraftFields = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string") fields[name] = value;
  return fields;
}

/** Equal content: a field absent on one side counts as blank. */
export function sameFields(a: DraftFields, b: DraftFields): boolean {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every((name) => (a[name] ?? "") === (b[name] ?? ""));
}

export function readDraft(key: string): DraftFields | null {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === "object" ? (parsed as DraftFields) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, fields: DraftFields): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(fields));
  } catch {
    // A full or disabled storage only loses the safety copy, never the form.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {}
}

/** 退出: the signing-out person's drafts go; a colleague's, kept after a timeout, stay for them. */
export function clearDraftsOf(userId: number): void {
  try {
    const own = `${PREFIX}${userId}:`;
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(own)) window.localStorage.removeItem(key);
  } catch {}
}
