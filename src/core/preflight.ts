// What some registries require of a destination beyond the distribution spec, checked before
// any request: there, a breach fails late and in misleading words (Docker Hub answers a third
// path level with a 401, GAR with a 404). And ECR's answer for a repository that does not
// exist, turned into how to create it.
import { UserError } from '../errors.js'
import { RegistryError } from '../oci/errors.js'
import { hostName, isDockerHub } from '../oci/hosts.js'
import type { Reference } from '../oci/reference.js'

/** `ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]`: a private ECR registry. */
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/
/** `LOCATION-docker.pkg.dev`: Google Artifact Registry's Docker (and OCI) repositories. */
const GAR_HOST = /^([a-z0-9-]+)-docker\.pkg\.dev$/

/** The ECR registry's region, or undefined when `host` is not a private ECR registry. */
export function ecrRegion(host: string): string | undefined {
  return ECR_HOST.exec(hostName(host))?.[2]
}

/**
 * Throws, naming the destination as the user wrote it (`asGiven`) and the form that works, when
 * the registry would refuse this repository path. Case is checked when the reference is parsed.
 */
export function checkRegistryRules(reference: Reference, asGiven: string): void {
  if (isDockerHub(reference.registry)) checkDockerHub(reference, asGiven)
  const gar = GAR_HOST.exec(hostName(reference.registry))
  if (gar) checkArtifactRegistry(reference, asGiven, gar[1] ?? 'LOCATION')
}

/**
 * Docker Hub repositories are NAMESPACE/NAME, exactly two levels (docs.docker.com, "Repository
 * names"). A bare NAME is an official image (library/NAME), which no user account can push to.
 */
function checkDockerHub(reference: Reference, asGiven: string): void {
  const levels = reference.repository.split('/')
  const [namespace = '', ...rest] = levels
  if (levels.length === 2 && namespace !== 'library') return
  const problem =
    levels.length > 2
      ? `has ${levels.length} path levels under Docker Hub, which takes exactly two (NAMESPACE/NAME) and answers any other with a misleading 401`
      : `names Docker Hub's ${reference.repository} (a bare NAME means library/NAME): the official images, which no account can push to`
  const example =
    levels.length > 2
      ? `oci://docker.io/${namespace}/${rest.join('-')}`
      : `oci://docker.io/YOUR-NAMESPACE/${rest.join('/')}`
  throw new UserError(`Destination '${asGiven}' ${problem}`, {
    option: 'destination',
    fix: `write the repository as NAMESPACE/NAME (your Docker Hub user or organization, then the name), e.g. ${example}`
  })
}

/** GAR paths are PROJECT/REPOSITORY/NAME…: a project and a repository, then the image's name. */
function checkArtifactRegistry(reference: Reference, asGiven: string, location: string): void {
  const levels = reference.repository.split('/')
  if (levels.length >= 3) return
  const [project = 'PROJECT', repository = 'REPOSITORY'] = levels
  const example = `oci://${location}-docker.pkg.dev/${project}/${levels.length === 2 ? repository : 'REPOSITORY'}/NAME`
  throw new UserError(
    `Destination '${asGiven}' is not an Artifact Registry path: ${hostName(reference.registry)} takes LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/NAME (a project, a repository, then the pack's name)`,
    { option: 'destination', fix: `write it as ${example}` }
  )
}

/**
 * ECR's answer when the repository does not exist (NAME_UNKNOWN, "RepositoryNotFoundException"
 * in its API): ECR creates a repository on push only when a create-on-push repository creation
 * template covers it. Any other error is returned as it is.
 */
export function explainMissingRepository(error: unknown, reference: Reference): unknown {
  const region = ecrRegion(reference.apiHost)
  if (region === undefined || !(error instanceof RegistryError)) return error
  const missing = error.hasCode('NAME_UNKNOWN') || /RepositoryNotFoundException/.test(error.message)
  if (error.status !== 404 || !missing) return error
  const name = reference.repository
  return new UserError(
    `The ECR repository ${name} does not exist in ${reference.registry}, and no create-on-push repository creation template covers it; nothing was uploaded`,
    {
      option: 'destination',
      cause: error,
      fix: `create it (aws ecr create-repository --repository-name ${name} --region ${region}), or let ECR create repositories on push with a repository creation template (aws ecr create-repository-creation-template --prefix ROOT --applied-for CREATE_ON_PUSH --region ${region}), then push again`
    }
  )
}
