// `sherpack-push inspect <oci://ref>`: what a reference points to, read-only. Any artifact can be
// inspected; for a pack, the config blob's metadata is shown too.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { RegistryClient } from '../../oci/client.js'
import type { Descriptor } from '../../oci/descriptor.js'
import { formatReference } from '../../oci/reference.js'
import { describeArtifact, packParts, type ManifestSummary } from '../pack-artifact.js'
import { withManifest, type CommandRun } from '../run-context.js'

/** A config blob larger than this is not read: pack metadata is a few kilobytes. */
const CONFIG_LIMIT = 1 << 20

export async function inspectCommand(run: CommandRun): Promise<void> {
  await withManifest(run, async ({ reference, client, manifest }) => {
    const isPack = packParts(manifest) !== undefined
    const pack = isPack
      ? await packMetadata(run, client, reference.repository, manifest)
      : undefined
    const { layerCount: _layerCount, ...shownManifest } = manifest
    const report: InspectReport = {
      reference: formatReference(reference, reference),
      ...shownManifest,
      isPack,
      pack
    }
    if (run.options.json) run.terminal.result(JSON.stringify(report))
    else for (const line of inspectLines(report)) run.terminal.result(line)
  })
}

/** The config blob's JSON when the artifact is a pack; undefined otherwise. */
async function packMetadata(
  run: CommandRun,
  client: RegistryClient,
  repository: string,
  manifest: ManifestSummary
): Promise<Record<string, unknown> | undefined> {
  const { config } = manifest
  if (!config) return undefined
  if (config.size > CONFIG_LIMIT) {
    run.terminal.warning(`the config blob is ${config.size} bytes: not read`)
    return undefined
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sherpack-inspect-'))
  try {
    const file = path.join(dir, 'config.json')
    await client.fetchBlob(repository, config, file)
    const value: unknown = JSON.parse(await readFile(file, 'utf8'))
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>
    }
    run.terminal.warning('the config blob is not a JSON object')
    return undefined
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    run.terminal.warning('the config blob is not valid JSON')
    return undefined
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

type InspectReport = Omit<ManifestSummary, 'layerCount'> & {
  reference: string
  isPack: boolean
  pack?: Record<string, unknown>
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
  return lines
}

function descriptorLine(descriptor: Descriptor): string {
  const title = descriptor.annotations?.['org.opencontainers.image.title']
  return `${descriptor.mediaType} ${descriptor.digest} (${descriptor.size} bytes)${title ? ` ${title}` : ''}`
}
