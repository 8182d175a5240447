#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on our machines.
# `prisma generate` only needs the path to exist; anything that would run it must use
# the project's own commands instead.
echo "Prisma's native schema engine is not available here. Use 'npm run db:migrate' to apply migrations and 'npm run db:migration -- <name>' to write one (see README › Migrations)." >&2
exit 1
