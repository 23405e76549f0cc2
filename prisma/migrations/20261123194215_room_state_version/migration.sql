-- AlterTable
ALTER TABLE "RoomState" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
