export { formatWall, roundMinutes } from './format'
export { runSimulation, simEventSchema, simKindOrder, simulate, sortSimEvents } from './run'
export type { SimEvent, SimEventKind, SimulationOptions, SimulationResult } from './run'
export {
  MAX_SCENARIO_MINUTES,
  parseScenario,
  ScenarioError,
  scenarioSchema,
  type Scenario,
  type ScenarioInput,
  type ScriptAction
} from './scenario'
