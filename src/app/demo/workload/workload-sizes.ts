/** How many of each thing a company of `people` has (the ratios are explained in docs/demo.md). */
export function workloadSizes(people: number) {
  const services = 2 * people;
  return {
    services,
    clusters: Math.max(4, Math.round(people / 50)),
    findingsPerScan: 50 * people,
    uptimeTargets: Math.max(3, Math.round(people / 50)),
    publicEndpoints: Math.max(5, Math.round(people / 20)),
    vendors: Math.max(5, Math.round(people / 8)),
    incidents: Math.max(3, Math.round(people / 25)),
    capacityResources: Math.max(5, Math.round(services / 50)),
    dataAssets: Math.max(10, Math.round(services / 4)),
  };
}

export type WorkloadSizes = ReturnType<typeof workloadSizes>;
