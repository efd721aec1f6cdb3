import { readFileSync } from 'node:fs';
import { type TLSConfig } from '@temporalio/client';
import { type AppConfig } from '../config';

export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

function readFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`${what}: cannot read ${path}: ${(error as Error).message}`);
  }
}

/**
 * The options shared by the client's Connection (API) and the worker's
 * NativeConnection: address, TLS (server CA, client certificate for mTLS)
 * and an API key (Temporal Cloud).
 */
export function temporalConnectionOptions(
  temporal: AppConfig['temporal'],
): TemporalConnectionOptions {
  if (!temporal.address) throw new Error('TEMPORAL_ADDRESS is not set');
  const tls = temporal.tls;
  return {
    address: temporal.address,
    apiKey: temporal.apiKey,
    tls: tls
      ? {
          serverNameOverride: tls.serverName,
          serverRootCACertificate: tls.caPath
            ? readFile(tls.caPath, 'TEMPORAL_TLS_CA_PATH')
            : undefined,
          clientCertPair:
            tls.certPath && tls.keyPath
              ? {
                  crt: readFile(tls.certPath, 'TEMPORAL_TLS_CERT_PATH'),
                  key: readFile(tls.keyPath, 'TEMPORAL_TLS_KEY_PATH'),
                }
              : undefined,
        }
      : undefined,
  };
}

/** A link to a workflow in the Temporal Web UI, when the UI's address is known. */
export function workflowUiUrl(
  temporal: AppConfig['temporal'],
  workflowId: string,
): string | undefined {
  if (!temporal.uiUrl) return undefined;
  return `${temporal.uiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(
    temporal.namespace,
  )}/workflows/${encodeURIComponent(workflowId)}`;
}
