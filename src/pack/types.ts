// The vocabulary of the packager. No @actions/* imports here: src/pack may also serve a CLI.
import { UserError } from '../errors.js'
import type { UserErrorDetails } from '../errors.js'

export interface Maintainer {
  name: string
  email?: string
  url?: string
}

/** Pack.yaml's metadata, validated. Optional fields are absent, never empty strings. */
export interface PackMetadata {
  apiVersion: 'sherpack/v1'
  kind: 'application' | 'library'
  name: string
  version: string
  description?: string
  appVersion?: string
  kubeVersion?: string
  home?: string
  icon?: string
  sources?: string[]
  keywords?: string[]
  maintainers?: Maintainer[]
  annotations?: Record<string, string>
}

/** A problem worth telling the user about that does not stop packaging. */
export interface PackWarning {
  message: string
  /** File the warning is about (absolute or relative to the pack), for an annotation. */
  file?: string
  line?: number
}

/** The archive produced (or, for a prebuilt archive, found and verified). */
export interface PackagedPack {
  metadata: PackMetadata
  /** Absolute path of the .tar.gz on disk. */
  archivePath: string
  /** `<name>-<version>.tar.gz` for an archive we wrote; the file's own name for a prebuilt one. */
  archiveFileName: string
  /** `sha256:<hex>` of the archive bytes. */
  archiveDigest: string
  archiveSize: number
  /** The RFC 3339 `created` time written in (or read from) MANIFEST. */
  created: string
  /** Hex of MANIFEST's `[digest]` (what `sherpack sign` quotes in its trusted comment). */
  manifestDigest: string
  /** true when `path` named an existing archive that is pushed as it is. */
  prebuilt: boolean
  /** Path of Pack.yaml on disk (directory input only), for error annotations. */
  packFile?: string
  warnings: PackWarning[]
}

export interface PackageOptions {
  /** A pack directory or a .tar.gz/.tgz archive. */
  path: string
  /** Directory where the archive is written (directory input only). */
  outDir: string
  /** The reproducible `created` time (SOURCE_DATE_EPOCH, commit time, or now). */
  created: Date
}

/**
 * A problem in the pack, its archive or its files that the user can fix: `what` was wrong
 * (naming the file, field or entry), `fix` says what to do.
 */
export class PackError extends UserError {
  override name = 'PackError'
  constructor(what: string, details: UserErrorDetails = {}) {
    super(what, details)
  }
}
