// Reading the GITHUB_OUTPUT file an action run wrote, as the runner does.

/** The GITHUB_OUTPUT file format: `name<<DELIM\nvalue\nDELIM` entries. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match as unknown as [string, string, string]
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] as string)
    outputs[name] = value.join('\n')
  }
  return outputs
}
