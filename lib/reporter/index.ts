/**
 * The makers reporter: the trusted bridge from a matching engine to the
 * makers program. Reads fills from a source (a simulated market, or a CSV /
 * JSONL file), packs them into `record_fills` transactions, signs with the
 * reporter key and sends them with retries under the config's sequence. See
 * README.md.
 */
export { BatchSizer, type FillBatch, fillsPerTransaction, MakerKeyCache, packFills, recordFillsInstruction } from './batch';
export { chainNow, readConfig, type ReporterChain, type SendOutcome, targetReporterChain } from './chain';
export { parseReporterArgs, parseReporterEnv, type ReporterArgs, type ReporterConfig } from './config';
export { startDevReporter } from './dev';
export { fillRowSchema, parseFills, readFillsFile } from './file-source';
export { fillsAfter, type ReportedFill } from './fills';
export { type ReporterContext, type ReporterHandle, runRound, startReporter } from './loop';
export { type MakerProfile, profileFromAddress, SimulatedMarket } from './market';
export { performancePeriod, performanceReports, reportPerformance } from './performance';
export { type BatchFailure, reportFills, type ReportSummary } from './report';
export { isTransient, type ReporterConnection, rpcReporterChain, sendWithRetries } from './send';
export { fundLocalReporter, reporterContext, reporterKey, simulatedSource } from './service';
export { fileFills, SimulatedSource } from './sources';
