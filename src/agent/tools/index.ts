// Every agent tool, in the order a model reads them. One list feeds the language-model tools
// (package.json's languageModelTools is checked against it) and the MCP server.
import type { ToolDefinition } from '../tool';
import { describeStructure } from './describeStructure';
import { drugMilestones } from './drugMilestones';
import { papersForStructure } from './papersForStructure';
import { sarTask } from './sarTask';
import { searchDrugs } from './searchDrugs';
import { sequencePatents } from './sequencePatents';
import { startSarExtraction } from './startSarExtraction';

export const AGENT_TOOLS: readonly ToolDefinition[] = [searchDrugs, drugMilestones, papersForStructure, sarTask, startSarExtraction, sequencePatents, describeStructure];
