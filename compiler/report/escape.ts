// Text and attribute values made safe for HTML; JSON made safe inside a <script>.

export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot close its <script> element or open a comment. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
