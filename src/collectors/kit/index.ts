export {
  type CollectContext,
  type CollectedItem,
  type CollectorDefinition,
  defineCollector,
  type MonitorContext,
} from './define-collector.ts';
export { redact } from './redact.ts';
export { SECRET_REF, SecretRefSchema } from './secret-ref.ts';
