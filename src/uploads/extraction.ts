import type { Config } from '../config.ts';
import type { AppDeps } from '../deps.ts';
import {
  type DocumentExtractOptions,
  type Extractor,
  inProcessExtractor,
} from '../scan/extract/extractor.ts';

/** The deps' extractor (the Node sandbox), or in-process parsing where none is given. */
export const extractorOf = (deps: Pick<AppDeps, 'extractor'>): Extractor =>
  deps.extractor ?? inProcessExtractor;

/** The limits a document is parsed under, from config. */
export function documentLimits(
  config: Pick<Config, 'MAX_DOCUMENT_BYTES' | 'EXTRACT_MAX_INFLATED_MB'>,
): DocumentExtractOptions {
  return {
    maxBytes: config.MAX_DOCUMENT_BYTES,
    maxInflatedBytes: config.EXTRACT_MAX_INFLATED_MB * 1024 * 1024,
  };
}
