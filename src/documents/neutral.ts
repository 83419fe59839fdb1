/** What every comment and revision author becomes: one name for all, so nobody is told apart. */
export const NEUTRAL_AUTHOR = 'Reviewer';
export const NEUTRAL_INITIALS = 'R';
