/** The demo's failures live in src/shared (the IPC contract names them too); re-exported here for the demo's modules. */
export { DEMO_FAILURES, type DemoFailure } from '../../shared/demo-failures'
