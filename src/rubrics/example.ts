import type { RubricInput } from './schemas.ts';

/**
 * The example rubric QA Vault ships: generic questions about how a session was run, written for this
 * project (it reproduces no published instrument). Organizations install it with
 * `POST /api/rubrics/example` and revise it like any rubric of their own.
 */
const agreement = { min: 1, max: 5, labels: { '1': 'Not yet', '3': 'Partly', '5': 'Consistently' } };

export const exampleRubric: RubricInput = {
  name: 'Session quality (example)',
  appliesTo: ['session_recording', 'supervision_recording', 'consultation_recording', 'paperwork'],
  items: [
    {
      id: 'goals',
      label: 'Session goals were stated and followed',
      help: 'The purpose of the session is clear early on, and the work returns to it.',
      scale: agreement,
    },
    {
      id: 'strengths',
      label: 'Strengths were named and used',
      help: 'Progress and resources of the people involved are noticed and built on.',
      scale: agreement,
    },
    {
      id: 'plan',
      label: 'Next steps are specific',
      help: 'Who does what before the next contact is agreed and checkable.',
      scale: agreement,
    },
    {
      id: 'collaboration',
      label: 'Decisions were made together',
      help: 'Options are offered and choices are checked rather than assumed.',
      scale: agreement,
    },
    {
      id: 'safety',
      label: 'Risks were asked about and followed up',
      help: 'Concerns raised get a clear response or a plan, or it is noted that none came up.',
      scale: agreement,
    },
  ],
};
