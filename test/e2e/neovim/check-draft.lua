-- Neovim 0.7 as a second, independent LSP client of Grounded: starts `node dist/server.js --stdio`, opens a
-- draft, waits for its diagnostics, hovers a name, and writes what it saw to a JSON file.
-- Environment: GROUNDED_SERVER (dist/server.js), GROUNDED_DRAFT (the draft), GROUNDED_HOVER (the text to hover),
-- GROUNDED_OUT (the JSON file to write). Run by test/e2e/neovim.test.ts.
local server = assert(os.getenv('GROUNDED_SERVER'), 'GROUNDED_SERVER is not set')
local draft = assert(os.getenv('GROUNDED_DRAFT'), 'GROUNDED_DRAFT is not set')
local hover_word = assert(os.getenv('GROUNDED_HOVER'), 'GROUNDED_HOVER is not set')
local out = assert(os.getenv('GROUNDED_OUT'), 'GROUNDED_OUT is not set')

local result = { ready = false, diagnostics = {}, hover = vim.NIL }
-- Entities are extracted after the first `ready` (which comes with `entitiesPending` when search is ready).
local entities_ready = false

local client_id = vim.lsp.start_client({
  name = 'grounded',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(draft, ':p:h'),
  get_language_id = function() return 'markdown' end,
  handlers = {
    ['grounded/status'] = function(_, status)
      if status.state == 'ready' then result.ready = true end
      if status.state == 'ready' and not status.entitiesPending then entities_ready = true end
    end,
  },
})
assert(client_id, 'the language server did not start')

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()
assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach the client')

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function has_contradiction()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'contradicted-claim' then return true end
  end
  return false
end

vim.wait(30000, has_contradiction, 50)

local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local text = d.lnum == d.end_lnum and string.sub(lines[d.lnum + 1], d.col + 1, d.end_col) or vim.NIL
  table.insert(result.diagnostics, { code = code_of(d), source = d.source, message = d.message, line = d.lnum, text = text })
end

vim.wait(30000, function() return entities_ready end, 50)

-- Put the cursor inside the name, as a user pressing K would.
for row, line in ipairs(lines) do
  local col = string.find(line, hover_word, 1, true)
  if col then
    vim.api.nvim_win_set_cursor(0, { row, col + 1 })
    local params = vim.lsp.util.make_position_params()
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000) or {}
    for _, response in pairs(responses) do
      local contents = response.result and response.result.contents
      if contents then result.hover = type(contents) == 'table' and contents.value or contents end
    end
    break
  end
end

local file = assert(io.open(out, 'w'))
file:write(vim.fn.json_encode(result))
file:close()

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 50)
vim.cmd('qall!')
