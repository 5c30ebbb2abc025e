import { stringify } from 'yaml';

/**
 * Fills `{{name}}` with a value as prose, and `{{name|yaml}}` with the value as a YAML scalar (quoted
 * only when YAML needs it), so a company called "Acme: Cloud" still yields a valid evident.yaml.
 */
export function renderTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)(\|yaml)?\}\}/g, (whole, name: string, asYaml?: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return asYaml ? stringify(value).trimEnd() : value;
  });
}
