// `sherpack-push inspect <oci://ref|oci-layout://DIR:tag>`: what a reference points to, read-only
// (the core's inspect), as lines or as one JSON object.
import { describeArtifact } from '../../core/artifact.js'
import { inspect, type InspectReport } from '../../core/inspect.js'
import type { Descriptor } from '../../oci/descriptor.js'
import { readRequestOf, type CommandRun } from '../run-context.js'

export async function inspectCommand(run: CommandRun): Promise<void> {
  const { request, deps } = await readRequestOf(run)
  const report = await inspect(request, deps)
  if (run.options.json) run.terminal.json(report)
  else for (const line of inspectLines(report)) run.terminal.result(line)
}

export function inspectLines(report: InspectReport): string[] {
  const lines = [
    report.reference,
    `  digest:     ${report.digest}`,
    `  mediaType:  ${report.mediaType} (${report.size} bytes)`,
    `  is:         ${report.isPack ? 'a Sherpack pack' : describeArtifact({ ...report, layerCount: report.layers.length })}`
  ]
  if (report.artifactType) lines.push(`  artifactType: ${report.artifactType}`)
  if (report.config) lines.push(`  config:     ${descriptorLine(report.config)}`)
  for (const layer of report.layers) lines.push(`  layer:      ${descriptorLine(layer)}`)
  for (const entry of report.manifests ?? []) lines.push(`  manifest:   ${descriptorLine(entry)}`)
  const annotations = Object.entries(report.annotations)
  if (annotations.length > 0) lines.push('  annotations:')
  for (const [key, value] of annotations) lines.push(`    ${key}: ${value}`)
  if (report.pack) lines.push('  pack:')
  for (const [key, value] of Object.entries(report.pack ?? {})) {
    lines.push(`    ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
  }
  lines.push(`  referrers:  ${report.referrers.length} (${report.referrersFrom})`)
  for (const referrer of report.referrers) {
    const key = referrer.keyId ? ` key ${referrer.keyId}` : ''
    const created = referrer.created ? ` created ${referrer.created}` : ''
    lines.push(`    ${referrer.artifactType ?? '(no type)'} ${referrer.digest}${key}${created}`)
  }
  return lines
}

function descriptorLine(descriptor: Descriptor): string {
  const title = descriptor.annotations?.['org.opencontainers.image.title']
  return `${descriptor.mediaType} ${descriptor.digest} (${descriptor.size} bytes)${title ? ` ${title}` : ''}`
}
