import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../api/client';

/**
 * The app's pages in one table. To add a page: add a row here (path, title, who may open it and,
 * for a navigation entry, `nav`). Each page is its own chunk, loaded when first opened, so the
 * first load stays small. Pages outside the signed-in shell (sign-in, setup, reset) live in
 * `publicRoutes`.
 */
export interface PageRoute {
  path: string;
  title: string;
  roles: readonly Role[];
  /** Where it appears in the navigation: the main list, the admin list, or nowhere. */
  nav?: 'main' | 'admin';
  page: LazyExoticComponent<ComponentType>;
}

const ALL: readonly Role[] = ['therapist', 'supervisor', 'consultant', 'admin'];

/** `lazy` wants a default export; our modules export named pages. */
function page<M>(load: () => Promise<M>, name: keyof M): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const pageRoutes: PageRoute[] = [
  // Therapist
  {
    path: '/upload',
    title: 'Upload',
    roles: ['therapist'],
    nav: 'main',
    page: page(() => import('../uploads/upload-page'), 'UploadPage'),
  },
  {
    path: '/uploads',
    title: 'My uploads',
    roles: ['therapist'],
    nav: 'main',
    page: page(() => import('../uploads/my-uploads-page'), 'MyUploadsPage'),
  },
  {
    path: '/uploads/:id',
    title: 'Upload',
    roles: ALL,
    page: page(() => import('../uploads/upload-detail-page'), 'UploadDetailPage'),
  },
  // Reviews (web/src/reviews/)
  {
    path: '/reviews',
    title: 'Reviews',
    roles: ['therapist', 'supervisor', 'consultant'],
    nav: 'main',
    page: page(() => import('../reviews/queue-page'), 'ReviewQueuePage'),
  },
  {
    path: '/reviews/:id',
    title: 'Review',
    roles: ['therapist', 'supervisor', 'consultant'],
    page: page(() => import('../reviews/review-page'), 'ReviewPage'),
  },
  {
    path: '/roster',
    title: 'Roster',
    roles: ['therapist', 'supervisor', 'admin'],
    nav: 'main',
    page: page(() => import('../roster/roster-page'), 'RosterPage'),
  },
  // Administrator
  {
    path: '/admin/users',
    title: 'Users',
    roles: ['admin'],
    nav: 'admin',
    page: page(() => import('../admin/users-page'), 'UsersPage'),
  },
  {
    path: '/admin/teams',
    title: 'Teams',
    roles: ['admin'],
    nav: 'admin',
    page: page(() => import('../admin/teams-page'), 'TeamsPage'),
  },
  {
    path: '/admin/access-log',
    title: 'Access log',
    roles: ['admin'],
    nav: 'admin',
    page: page(() => import('../audit/access-log-page'), 'AccessLogPage'),
  },
  {
    path: '/admin/break-glass',
    title: 'Break-glass',
    roles: ['admin'],
    nav: 'admin',
    page: page(() => import('../admin/break-glass-page'), 'BreakGlassPage'),
  },
  {
    path: '/admin/settings',
    title: 'Settings',
    roles: ['admin'],
    nav: 'admin',
    page: page(() => import('../admin/settings-page'), 'SettingsPage'),
  },
  // Retention, legal holds, closure (web/src/retention, holds, closure)
  {
    path: '/admin/retention',
    title: 'Retention',
    roles: ['admin'],
    nav: 'admin',
    page: page(() => import('../retention/retention-page'), 'RetentionPage'),
  },
  {
    path: '/admin/legal-holds',
    title: 'Legal holds',
    roles: ['admin'],
    nav: 'admin',
    page: page(() => import('../holds/holds-page'), 'HoldsPage'),
  },
  {
    path: '/admin/certificates',
    title: 'Disposal certificates',
    roles: ['admin'],
    nav: 'admin',
    page: page(() => import('../retention/certificates-page'), 'CertificatesPage'),
  },
  {
    path: '/admin/certificates/:id',
    title: 'Disposal certificate',
    roles: ['admin'],
    page: page(() => import('../retention/certificate-page'), 'CertificatePage'),
  },
  {
    path: '/admin/organization',
    title: 'Organization',
    roles: ['admin'],
    nav: 'admin',
    page: page(() => import('../closure/organization-page'), 'OrganizationPage'),
  },
  // Everyone
  {
    path: '/account/password',
    title: 'Change password',
    roles: ALL,
    page: page(() => import('../auth/change-password-page'), 'ChangePasswordPage'),
  },
];

/** The navigation a role sees, in table order. */
export function navFor(role: Role) {
  const visible = pageRoutes.filter((r) => r.nav && r.roles.includes(role));
  return {
    main: visible.filter((r) => r.nav === 'main'),
    admin: visible.filter((r) => r.nav === 'admin'),
  };
}

/** Where "/" leads: the first page of the role's navigation (an administrator's first admin page). */
export function homeFor(role: Role): string {
  const nav = navFor(role);
  const first = role === 'admin' ? (nav.admin[0] ?? nav.main[0]) : (nav.main[0] ?? nav.admin[0]);
  return first?.path ?? '/account/password';
}
