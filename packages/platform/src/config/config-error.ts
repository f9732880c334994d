export interface ConfigIssue {
  variable: string;
  reason: string;
}

/** Thrown by loadConfig; the message names every offending variable so one start shows them all. */
export class ConfigError extends Error {
  constructor(readonly issues: ConfigIssue[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  ${issue.variable}: ${issue.reason}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
