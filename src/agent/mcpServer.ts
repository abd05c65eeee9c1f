// The agent tools as a Model Context Protocol server (on the SDK's low-level Server, so each tool's
// input JSON Schema is the one z.toJSONSchema makes from its own zod schema, as in package.json).
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { inputJsonSchema, invokeTool } from './invoke';
import type { ToolDefinition, ToolDeps } from './tool';
import { AGENT_TOOLS } from './tools';

export const MCP_SERVER_NAME = 'synapse-lens';

export function createMcpServer(deps: ToolDeps, version: string, tools: readonly ToolDefinition[] = AGENT_TOOLS): Server {
  const server = new Server({ name: MCP_SERVER_NAME, version }, { capabilities: { tools: {} } });
  const byName = new Map(tools.map((t) => [t.name, t]));
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: tools.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.modelDescription,
      inputSchema: inputJsonSchema(t) as { type: 'object' },
      annotations: { readOnlyHint: !t.startsWork, openWorldHint: t.costsQuota },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const tool = byName.get(request.params.name);
    if (!tool) return { content: [{ type: 'text', text: `No tool named ${JSON.stringify(request.params.name.slice(0, 100))}; the tools are ${tools.map((t) => t.name).join(', ')}.` }], isError: true };
    const outcome = await invokeTool(tool, deps, request.params.arguments, extra.signal);
    return { content: [{ type: 'text', text: outcome.text }], isError: outcome.isError };
  });
  return server;
}
