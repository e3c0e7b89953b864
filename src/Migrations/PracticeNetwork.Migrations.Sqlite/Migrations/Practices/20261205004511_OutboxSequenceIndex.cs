using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.Sqlite.Migrations.Practices
{
    /// <inheritdoc />
    public partial class OutboxSequenceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PracticesOutbox_Sequence",
                table: "PracticesOutbox",
                column: "Sequence");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PracticesOutbox_Sequence",
                table: "PracticesOutbox");
        }
    }
}
