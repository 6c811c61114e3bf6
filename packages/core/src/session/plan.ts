import { flowPlan } from '../engine/flow.js';
import type { FlowContext, FlowState, Plan } from '../engine/types.js';
import { isoDateOf, type IsoDate } from '../story/rules.js';
import type { SessionContext, SessionState } from './types.js';

/** Today, from the session's clock. */
export const todayOf = (ctx: SessionContext): IsoDate => isoDateOf(ctx.now());

/** The flow's context for a session. */
export function flowContextOf(state: Pick<SessionState, 'locale'>, ctx: SessionContext): FlowContext {
  return { definition: ctx.definition, today: todayOf(ctx), locale: state.locale };
}

// Planning is pure, and a render asks for the plan many times: one per flow state (and day).
const plans = new WeakMap<FlowState<unknown>, { readonly context: FlowContext; readonly plan: Plan }>();

/** The plan of the session as it stands. */
export function sessionPlan(state: SessionState, ctx: SessionContext): Plan {
  const context = flowContextOf(state, ctx);
  const cached = plans.get(state.flow);
  if (cached && cached.context.definition === context.definition && cached.context.today === context.today) return cached.plan;
  const plan = flowPlan(state.flow, context);
  plans.set(state.flow, { context, plan });
  return plan;
}
