// The action run most e2e tests make: the example pack pushed over plain HTTP to one repository
// of a registry on 127.0.0.1.
import { examplePack, runAction, type ActionRun, type RunActionOptions } from './action.js'

/**
 * Runs the action pushing the example pack to `oci://host/repository` with `tags`; `inputs`
 * adds to (or overrides) those inputs.
 */
export function pushExamplePack(
  host: string,
  repository: string,
  tags: string,
  options: Omit<RunActionOptions, 'inputs'> & { inputs?: RunActionOptions['inputs'] } = {}
): Promise<ActionRun> {
  return runAction({
    ...options,
    inputs: {
      path: examplePack,
      destination: `oci://${host}/${repository}`,
      tags,
      'plain-http': 'true',
      ...options.inputs
    }
  })
}
