import type { CommandContext } from '../commandTable';

/**
 * One instance per activation, shared by a feature's command handlers and its register(): both
 * receive the same CommandContext, which is created once in extension.ts.
 */
export function perContext<T>(create: (ctx: CommandContext) => T): (ctx: CommandContext) => T {
  const instances = new WeakMap<CommandContext, T>();
  return (ctx) => {
    let instance = instances.get(ctx);
    if (instance === undefined) {
      instance = create(ctx);
      instances.set(ctx, instance);
    }
    return instance;
  };
}
