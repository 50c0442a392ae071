/** Parameters every view shares. Each view's own spec lives beside this file. */
import type { EnumParam } from '../params';

export const VIEW_MODES = ['chart', 'table'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** Chart or table: part of the URL so a shared link opens on the same one. */
export const viewParam: EnumParam = { kind: 'enum', values: VIEW_MODES, noun: 'view' };
