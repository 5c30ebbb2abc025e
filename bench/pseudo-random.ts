/** The workload's pseudo-random numbers moved to the demo company; the benchmarks share them. */
export { mix32, pseudoHex, pseudoRandom } from '../src/app/demo/workload/pseudo-random.ts';
