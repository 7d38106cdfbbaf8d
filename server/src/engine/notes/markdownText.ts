/**
 * Escapes draft text for Markdown output (hovers, the report): a figure's words must show as
 * written, never as emphasis, links or HTML.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
