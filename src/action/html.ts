// The few HTML shapes the job summary uses. Every text passed in is escaped by the caller
// (summary.ts): these only assemble markup.

export type Cell = string | { data: string; header: true }

export function heading(html: string, level: 2 | 3): string {
  return `<h${level}>${html}</h${level}>\n`
}

export function paragraph(html: string): string {
  return `<p>${html}</p>\n`
}

export function table(rows: Cell[][]): string {
  const cells = (row: Cell[]) =>
    row
      .map((cell) => (typeof cell === 'string' ? `<td>${cell}</td>` : `<th>${cell.data}</th>`))
      .join('')
  return `<table>${rows.map((row) => `<tr>${cells(row)}</tr>`).join('')}</table>\n`
}

export function list(items: string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>\n`
}

export function details(label: string, content: string): string {
  return `<details><summary>${label}</summary>${content}</details>\n`
}
