// Every table, for drizzle's relational queries and for drizzle-kit. Feature folders own their tables.

export * from '../audit/tables.ts';
export * from '../auth/tables.ts';
export * from '../breakglass/tables.ts';
export * from '../closure/tables.ts';
export * from '../holds/tables.ts';
export * from '../jobs/tables.ts';
export * from '../orgs/tables.ts';
export * from '../retention/tables.ts';
export * from '../reviews/tables.ts';
export * from '../rosters/tables.ts';
export * from '../rubrics/tables.ts';
export * from '../scan-settings/tables.ts';
export * from '../setup/tables.ts';
export * from '../uploads/tables.ts';
export * from '../users/tables.ts';
export * from '../vault/tables.ts';
