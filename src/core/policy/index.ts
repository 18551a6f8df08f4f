export { applyPolicy, describeLockedChange, lockedKeysIn, noPolicy, parsePolicy, policyFileSchema, type Policy, type PolicyParseResult, type PolicyProblem } from './policy'
export { inferChosenKeys, openUserChoicesStore, type UserChoicesStore } from './user-choices-store'
export { manageSettings, type ManagedSettingsStore } from './managed-settings'
