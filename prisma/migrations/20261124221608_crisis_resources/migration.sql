-- AlterTable
ALTER TABLE "User" ADD COLUMN     "crisisResources" TEXT;
