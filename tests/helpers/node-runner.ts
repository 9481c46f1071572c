// The native runner lives with the build scripts (it also precomputes the first screen); tests share it.
export { NodeRunner } from '../../scripts/lib/node-runner';
