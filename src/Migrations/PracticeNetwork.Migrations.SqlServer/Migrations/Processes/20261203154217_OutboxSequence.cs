using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.SqlServer.Migrations.Processes
{
    /// <inheritdoc />
    public partial class OutboxSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProcessesOutbox_ProcessedAt_OccurredAt",
                table: "ProcessesOutbox");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "ProcessesOutbox",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessesOutbox_ProcessedAt_Sequence",
                table: "ProcessesOutbox",
                columns: new[] { "ProcessedAt", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProcessesOutbox_ProcessedAt_Sequence",
                table: "ProcessesOutbox");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "ProcessesOutbox");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessesOutbox_ProcessedAt_OccurredAt",
                table: "ProcessesOutbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });
        }
    }
}
