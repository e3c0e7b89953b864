using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.SqlServer.Migrations.Practices
{
    /// <inheritdoc />
    public partial class OutboxSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PracticesOutbox_ProcessedAt_OccurredAt",
                table: "PracticesOutbox");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "PracticesOutbox",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_PracticesOutbox_ProcessedAt_Sequence",
                table: "PracticesOutbox",
                columns: new[] { "ProcessedAt", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PracticesOutbox_ProcessedAt_Sequence",
                table: "PracticesOutbox");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "PracticesOutbox");

            migrationBuilder.CreateIndex(
                name: "IX_PracticesOutbox_ProcessedAt_OccurredAt",
                table: "PracticesOutbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });
        }
    }
}
