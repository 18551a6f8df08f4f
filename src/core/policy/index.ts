export { applyPolicy, describeLockedChange, lockedChangeMessage, lockedKeysIn, noPolicy, parsePolicy, policyFileSchema, refusedLockedChange, type Policy, type PolicyParseResult, type PolicyProblem } from './policy'
export { inferChosenKeys, openUserChoicesStore, type UserChoicesStore } from './user-choices-store'
export { manageSettings, type ManagedSettingsStore } from './managed-settings'
