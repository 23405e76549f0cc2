-- AlterEnum
ALTER TYPE "RoomMessageKind" ADD VALUE 'PRIVATE';

-- AlterEnum
ALTER TYPE "HeldStatus" ADD VALUE 'WITHDRAWN';

-- AlterEnum
ALTER TYPE "ModerationOutcome" ADD VALUE 'WITHDRAWN';
