import type { StateCreator } from 'zustand';
import type { AssessmentSlice } from './assessment-slice';
import type { CodeSlice } from './code-slice';
import type { RoundSlice } from './round-slice';
import type { RunSlice } from './run-slice';
import type { SettingsSlice } from './settings-slice';
import type { StorageSlice } from './storage-slice';

/** The whole store: every slice combined. */
export type AppState = CodeSlice &
  RunSlice &
  StorageSlice &
  RoundSlice &
  AssessmentSlice &
  SettingsSlice;

/** A slice creator that sees the whole store, inside the persist middleware (zustand's slices pattern). */
export type SliceCreator<Slice> = StateCreator<AppState, [['zustand/persist', unknown]], [], Slice>;
