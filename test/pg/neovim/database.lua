-- Neovim 0.7 with examples/neovim/grounded-database.lua on a team corpus: waits for a contradicted claim in the
-- draft, goes to its source (a grounded-source:// buffer) and writes what it saw to a JSON file.
-- Environment: GROUNDED_RECIPE, GROUNDED_SERVER, GROUNDED_DATABASE, GROUNDED_DRAFT, GROUNDED_OUT.
local recipe = dofile(assert(os.getenv('GROUNDED_RECIPE')))
local out = assert(os.getenv('GROUNDED_OUT'))
local draft = assert(os.getenv('GROUNDED_DRAFT'))
recipe.setup({ server = assert(os.getenv('GROUNDED_SERVER')), database = assert(os.getenv('GROUNDED_DATABASE')), root_dir = vim.fn.fnamemodify(draft, ':p:h') })

local result = { contradicted = vim.NIL, source = vim.NIL, line = vim.NIL, modifiable = vim.NIL }
vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end
local function contradicted()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'contradicted-claim' then return d end
  end
end
vim.wait(60000, function() return contradicted() ~= nil end, 50)
local d = contradicted()
if d then
  result.contradicted = d.message
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = d.lnum, character = d.col } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/definition', params, 20000) or {}
  for _, response in pairs(responses) do
    local locations = response.result
    if locations and locations[1] then
      vim.lsp.util.jump_to_location(locations[1], 'utf-16')
      result.source = vim.api.nvim_buf_get_name(0)
      local row, col = unpack(vim.api.nvim_win_get_cursor(0))
      result.line = vim.api.nvim_buf_get_lines(0, row - 1, row, false)[1]
      result.column = col
      result.modifiable = vim.bo.modifiable
      break
    end
  end
end

local file = assert(io.open(out, 'w'))
file:write(vim.fn.json_encode(result))
file:close()
vim.lsp.stop_client(recipe.client_id)
vim.wait(5000, function() return vim.lsp.client_is_stopped(recipe.client_id) end, 50)
vim.cmd('qall!')
