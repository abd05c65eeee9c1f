import type { Feature } from '../feature';
import { registerLanguageModelTools } from './lmTools';
import { registerMcpProvider } from './mcpProvider';

/** The agent tools (src/agent) for Copilot and other chat participants, and as an MCP server. */
export const agentFeature: Feature = {
  commands: {},
  register(app) {
    registerLanguageModelTools(app);
    registerMcpProvider(app);
  },
};
