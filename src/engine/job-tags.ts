/**
 * Freeform tags on every job and run the engine creates: how `cleanup` tells this tool's jobs
 * from anyone else's, and one repository's from another's.
 */
export const TOOL_TAG_KEY = 'created-by';
export const TOOL_TAG_VALUE = 'oci-run-notebook';
export const REPOSITORY_TAG_KEY = 'github-repository';

/** The tool's tag, and the repository's when there is one (`owner/name`). */
export function jobTags(repository?: string): Record<string, string> {
  return { [TOOL_TAG_KEY]: TOOL_TAG_VALUE, ...(repository ? { [REPOSITORY_TAG_KEY]: repository } : {}) };
}

export function isToolJob(tags: Record<string, string> | undefined): boolean {
  return tags?.[TOOL_TAG_KEY] === TOOL_TAG_VALUE;
}
