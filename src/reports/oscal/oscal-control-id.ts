/**
 * The OSCAL id of a criterion (`CC6.1` → `cc6.1`) or of a criterion group (`CC6` → `cc6`). OSCAL ids are
 * tokens (XML NCName) and NIST's own catalogs write them in lower case (`ac-2`); keeping the digits and
 * the dot keeps them recognisable. The catalog export and the assessment results both use this one
 * mapping, so that every control-id and finding target in the results resolves in the catalog.
 */
export function oscalControlId(criterionOrGroup: string): string {
  return criterionOrGroup.trim().toLowerCase();
}
