import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
// Last, so it switches off every stylistic rule that would fight Prettier (`npm run format`).
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    // Pages, route handlers and components reach data only through the domain
    // functions in lib/, where authorization is checked (docs/decisions/017).
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/client", "@/lib/db/sql", "@/lib/db/generated/client"],
              allowTypeImports: true,
              message: "Call a domain function in lib/<domain>/ instead; it checks who may read or write.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".mend/**",
    "lib/db/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
